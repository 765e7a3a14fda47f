package com.estatecare.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit as an agent types it on the phone: building, entrance (单元, optional)
 * and room, with or without the project in front — {@code 3-1-502},
 * {@code 3-502}, {@code 3栋1单元502室}, {@code 3号楼 1803}, {@code 翠湖苑3栋1803},
 * full-width digits and dashes too. The registry names buildings like
 * {@code 3栋} (also {@code 3号楼}, {@code 3幢}, {@code A座}) and numbers units
 * within them ({@code 1803}, or with the entrance {@code 1-502},
 * {@code 1单元502}); {@link #buildingNames()} and {@link #unitNumbers()} are
 * the stored forms that match. A building and a room are both needed, with a
 * separator or a marker between them, so that a phone number is never read as a
 * unit.
 */
public record UnitLabel(String project, String building, String entrance, String room) {

    private static final Pattern LABEL = Pattern.compile(
            "^(?<project>\\p{IsHan}*?)\\s*"
                    + "(?<building>\\d{1,3}|[A-Za-z])\\s*(?:(?:栋|号楼|幢|座|号|#)\\s*[-/]?|[-/\\s])\\s*"
                    + "(?:(?<entrance>\\d{1,2})\\s*(?:单元\\s*[-/]?|[-/\\s])\\s*)?"
                    + "(?<room>\\d{1,5})\\s*(?:室|号|房)?$");
    private static final List<String> BUILDING_MARKS = List.of("", "栋", "号楼", "幢", "座", "号", "#");

    /** The label in {@code text}, if it is one; at most 60 characters are looked at. */
    public static Optional<UnitLabel> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 60) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('—', '-').replace('－', '-')
                .trim().replaceAll("\\s+", " ");
        Matcher m = LABEL.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        String project = m.group("project");
        return Optional.of(new UnitLabel(project == null || project.isEmpty() ? null : project,
                strip(m.group("building").toUpperCase(java.util.Locale.ROOT)), strip(m.group("entrance")),
                m.group("room")));
    }

    /** The stored building names this label may mean: {@code 3}, {@code 3栋}, {@code 3号楼}, … */
    public Set<String> buildingNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String mark : BUILDING_MARKS) {
            names.add(building + mark);
        }
        return names;
    }

    /** The stored unit numbers this label means exactly: with the entrance written either way, and without it. */
    public Set<String> unitNumbers() {
        Set<String> numbers = new LinkedHashSet<>();
        if (entrance != null) {
            numbers.add(entrance + "-" + room);
            numbers.add(entrance + "单元" + room);
            numbers.add(entrance + "-" + room + "室");
            numbers.add(entrance + "单元" + room + "室");
        }
        numbers.add(room);
        numbers.add(room + "室");
        return numbers;
    }

    /**
     * The endings of stored unit numbers of any entrance, when the agent gave none
     * ({@code 3-502} finds {@code 1-502} and {@code 2单元502} in building 3).
     */
    public List<String> anyEntranceEndings() {
        List<String> endings = new ArrayList<>();
        if (entrance == null) {
            endings.add("-" + room);
            endings.add("单元" + room);
        }
        return endings;
    }

    private static String strip(String number) {
        if (number == null) {
            return null;
        }
        String stripped = number.replaceFirst("^0+(?=.)", "");
        return stripped;
    }
}
