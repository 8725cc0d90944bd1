package uk.tierless;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph drawn in docs/architecture.md (its one mermaid block, a line {@code a --> b & c} per package
 * that imports others, a bare {@code a} for one that imports none) is the graph of the main classes' imports.
 */
class PackageGraphTest {

    private static final String PREFIX = "uk.tierless.";
    private static final Path DOC = Path.of("..", "docs", "architecture.md");
    private static final Pattern MERMAID = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EDGES = Pattern.compile("(\\w+)\\s*-->\\s*(\\w+(?:\\s*&\\s*\\w+)*)");
    private static final Pattern NODE = Pattern.compile("\\w+");

    @Test
    void theDocumentedGraphIsTheGraphOfTheCode() throws IOException {
        SortedMap<String, SortedSet<String>> code = graphOf(ArchitectureTest.MAIN);

        assertThat(documentedGraph())
                .as("the package graph in docs/architecture.md; the graph of the code is:%n%s", mermaid(code))
                .isEqualTo(code);
    }

    @Test
    void theDocumentedGraphHasNoCycle() throws IOException {
        SortedMap<String, SortedSet<String>> graph = documentedGraph();

        assertThat(graph.keySet()).allSatisfy(start -> assertThat(reachableFrom(start, graph))
                .as("packages reachable from %s", start).doesNotContain(start));
    }

    @Test
    void aDependencyGraphIsReadBackFromItsMermaid() {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>(Map.of(
                "api", new TreeSet<>(), "portal", new TreeSet<>(Arrays.asList("api", "tenancy")),
                "tenancy", new TreeSet<>(Arrays.asList("api"))));

        assertThat(parse(mermaid(graph))).isEqualTo(graph);
    }

    /**
     * Package (the first name under uk.tierless) to the packages its classes use. {@code TierlessMain}, alone at the
     * root, only starts the application and is left out.
     */
    static SortedMap<String, SortedSet<String>> graphOf(JavaClasses classes) {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            if (!javaClass.getPackageName().startsWith(PREFIX)) {
                continue;
            }
            String from = featureOf(javaClass);
            SortedSet<String> targets = graph.computeIfAbsent(from, key -> new TreeSet<>());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith(PREFIX) && !featureOf(target).equals(from)) {
                    targets.add(featureOf(target));
                }
            }
        }
        return graph;
    }

    private static String featureOf(JavaClass javaClass) {
        String rest = (javaClass.getPackageName() + ".").substring(PREFIX.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    static String mermaid(SortedMap<String, SortedSet<String>> graph) {
        return "```mermaid\nflowchart TD\n" + graph.entrySet().stream()
                .map(entry -> "    " + entry.getKey()
                        + (entry.getValue().isEmpty() ? "" : " --> " + String.join(" & ", entry.getValue())))
                .collect(Collectors.joining("\n")) + "\n```";
    }

    private static SortedMap<String, SortedSet<String>> documentedGraph() throws IOException {
        Matcher block = MERMAID.matcher(Files.readString(DOC));
        assertThat(block.find()).as("a mermaid block in %s", DOC).isTrue();
        String graph = block.group();
        assertThat(block.find()).as("only one mermaid block in %s", DOC).isFalse();
        return parse(graph);
    }

    private static SortedMap<String, SortedSet<String>> parse(String block) {
        Matcher body = MERMAID.matcher(block);
        assertThat(body.find()).as("a mermaid block").isTrue();
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        for (String line : body.group(1).strip().lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher edges = EDGES.matcher(line);
            if (edges.matches()) {
                graph.computeIfAbsent(edges.group(1), key -> new TreeSet<>())
                        .addAll(Arrays.stream(edges.group(2).split("&")).map(String::strip).toList());
            } else {
                assertThat(line).as("a line of the package graph").matches(NODE);
                graph.computeIfAbsent(line, key -> new TreeSet<>());
            }
        }
        return graph;
    }

    private static SortedSet<String> reachableFrom(String start, Map<String, SortedSet<String>> graph) {
        SortedSet<String> seen = new TreeSet<>();
        TreeSet<String> next = new TreeSet<>(graph.getOrDefault(start, new TreeSet<>()));
        while (!next.isEmpty()) {
            String current = next.pollFirst();
            if (seen.add(current)) {
                next.addAll(graph.getOrDefault(current, new TreeSet<>()));
            }
        }
        return seen;
    }
}
