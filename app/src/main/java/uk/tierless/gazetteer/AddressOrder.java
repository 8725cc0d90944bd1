package uk.tierless.gazetteer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses as a resident looks for theirs: numbers in number order (4, 5, 15, 20, not 15, 20, 4, 5), by street,
 * then building number, and the flats of a building together under it ("Flat 2, 15 High Street" after
 * "15 High Street"). The building is the first part of the address that starts with a number.
 */
final class AddressOrder implements Comparator<String> {

    static final AddressOrder NATURAL = new AddressOrder();

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+\\s*[A-Za-z]?)\\s+(.*)$");

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    private AddressOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int byKey = natural(key(a), key(b));
        return byKey != 0 ? byKey : a.compareTo(b);
    }

    /** The street, the building's number and the rest of the address, then the part before the building (the flat). */
    private static String key(String address) {
        String[] parts = address.split(",\\s*");
        for (int i = 0; i < parts.length; i++) {
            Matcher numbered = NUMBERED.matcher(parts[i].trim());
            if (numbered.matches()) {
                List<String> rest = new ArrayList<>(List.of(parts).subList(i + 1, parts.length));
                String before = String.join(", ", List.of(parts).subList(0, i));
                return numbered.group(2) + ", " + String.join(", ", rest) + " | " + numbered.group(1) + " | " + before;
            }
        }
        return address;
    }

    private static int natural(String a, String b) {
        Matcher x = CHUNK.matcher(a.toLowerCase(Locale.ROOT));
        Matcher y = CHUNK.matcher(b.toLowerCase(Locale.ROOT));
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            int order = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
                    ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
