package id.cerita.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level comparison of two texts, as a run of segments: unchanged, removed and added words (whitespace stays
 * with the words, so joining the old segments gives the old text back, and the new ones the new text).
 */
public record WordDiff(List<Segment> segments) {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Change { SAME, REMOVED, ADDED }

    public record Segment(Change change, String text) {
    }

    public static WordDiff between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Change.SAME, from.subList(position, start));
            add(segments, Change.REMOVED, delta.getSource().getLines());
            add(segments, Change.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Change.SAME, from.subList(position, from.size()));
        return new WordDiff(List.copyOf(segments));
    }

    public boolean changed() {
        return segments.stream().anyMatch(s -> s.change() != Change.SAME);
    }

    public int wordsAdded() {
        return count(Change.ADDED);
    }

    public int wordsRemoved() {
        return count(Change.REMOVED);
    }

    /** The text on one side: {@code false} for the older text, {@code true} for the newer. */
    public String text(boolean newer) {
        StringBuilder text = new StringBuilder();
        for (Segment s : segments) {
            if (s.change() == Change.SAME || (s.change() == Change.ADDED) == newer) {
                text.append(s.text());
            }
        }
        return text.toString();
    }

    private int count(Change change) {
        return (int) segments.stream().filter(s -> s.change() == change)
            .mapToLong(s -> tokens(s.text()).stream().filter(t -> !t.isBlank()).count()).sum();
    }

    private static void add(List<Segment> segments, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().change() == change) {
            segments.set(segments.size() - 1, new Segment(change, segments.getLast().text() + text));
        }
        else {
            segments.add(new Segment(change, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
