package org.ducha.node.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a text into lines no wider than a measure, as Chinese is set: a line may break
 * before any CJK character, a run of Latin letters or digits stays whole where it fits, a
 * closing punctuation mark never starts a line (it hangs at the end of the line before),
 * and an opening one never ends a line. A newline in the text always breaks.
 */
final class LineBreaker {

	private static final String NO_LINE_START = "，。、；：？！）》」』〕】”’…—·%,.;:?!)]}";

	private static final String NO_LINE_END = "（《「『〔【“‘([{";

	private LineBreaker() {
	}

	/**
	 * The lines of a text.
	 * @param text the text, newlines included
	 * @param maxWidth the measure
	 * @param width the width of a piece of text, in the measure's unit
	 * @return at least one line (an empty text is one empty line)
	 */
	static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
		return lines(text, maxWidth, maxWidth, width);
	}

	/**
	 * The lines of a text whose first line is shorter (indented) or longer than the rest.
	 * @param text the text, newlines included
	 * @param firstWidth the measure of the first line
	 * @param maxWidth the measure of the other lines
	 * @param width the width of a piece of text, in the measure's unit
	 * @return at least one line (an empty text is one empty line)
	 */
	static List<String> lines(String text, double firstWidth, double maxWidth, ToDoubleFunction<String> width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\r?\n", -1)) {
			breakParagraph(paragraph, lines.isEmpty() ? firstWidth : maxWidth, maxWidth, width, lines);
		}
		return lines;
	}

	private static void breakParagraph(String text, double firstWidth, double maxWidth, ToDoubleFunction<String> width,
			List<String> lines) {
		int start = 0;
		while (start < text.length()) {
			int end = fit(text, start, (start == 0) ? firstWidth : maxWidth, width);
			if (end < text.length()) {
				end = adjust(text, start, end);
			}
			lines.add(text.substring(start, end).stripTrailing());
			start = end;
			while (start < text.length() && text.charAt(start) == ' ') {
				start++;
			}
		}
		if (text.isEmpty()) {
			lines.add("");
		}
	}

	/** The end of the longest piece from start that fits, at least one character. */
	private static int fit(String text, int start, double maxWidth, ToDoubleFunction<String> width) {
		int end = start + Character.charCount(text.codePointAt(start));
		while (end < text.length()) {
			int next = end + Character.charCount(text.codePointAt(end));
			if (width.applyAsDouble(text.substring(start, next)) > maxWidth) {
				break;
			}
			end = next;
		}
		return end;
	}

	/** Moves a break off a Latin word and off forbidden places. */
	private static int adjust(String text, int start, int end) {
		if (NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
			// hanging punctuation: the mark joins the line it closes
			end++;
			while (end < text.length() && NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
				end++;
			}
			return end;
		}
		int candidate = end;
		if (isWordCharacter(text.charAt(candidate)) && isWordCharacter(text.charAt(candidate - 1))) {
			while (candidate > start && isWordCharacter(text.charAt(candidate - 1))) {
				candidate--;
			}
		}
		while (candidate > start && NO_LINE_END.indexOf(text.charAt(candidate - 1)) >= 0) {
			candidate--;
		}
		return (candidate > start) ? candidate : end;
	}

	private static boolean isWordCharacter(char c) {
		return c < 0x0100 && Character.isLetterOrDigit(c);
	}

}
