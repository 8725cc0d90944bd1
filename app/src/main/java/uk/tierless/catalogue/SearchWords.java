package uk.tierless.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text as search compares it: lower-case words, little words dropped, plurals folded to the singular. */
final class SearchWords {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LITTLE = Set.of("a", "an", "the", "my", "of", "to", "for", "and", "in", "on",
            "is", "it", "i", "me", "your", "our", "we", "you", "at", "or");

    private SearchWords() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return NOT_A_LETTER.splitAsStream(text.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty() && !LITTLE.contains(word))
                .map(SearchWords::singular)
                .distinct()
                .toList();
    }

    /** "potholes" to "pothole", "boxes" to "box", "libraries" to "library"; "bus" and "grass" stay. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("xes") || word.endsWith("shes") || word.endsWith("ches")
                || word.endsWith("sses"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
