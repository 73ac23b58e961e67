package org.ducha.node.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese line breaking, measured here with every character one unit wide.
 */
class LineBreakerTests {

	private static List<String> lines(String text, int width) {
		return LineBreaker.lines(text, width, String::length);
	}

	@Test
	void breaksBeforeAnyChineseCharacter() {
		assertThat(lines("各地各部门认真落实工作部署", 5)).containsExactly("各地各部门", "认真落实工", "作部署");
	}

	@Test
	void aClosingMarkHangsAtTheEndOfTheLineItCloses() {
		assertThat(lines("请抓紧办理，并报送进展。", 5)).containsExactly("请抓紧办理，", "并报送进展。");
	}

	@Test
	void anOpeningMarkMovesToTheNextLine() {
		assertThat(lines("督查事项（一）", 5)).containsExactly("督查事项", "（一）");
	}

	@Test
	void keepsALatinWordOrNumberWhole() {
		assertThat(lines("办结率达94.5%", 6)).containsExactly("办结率达", "94.5%");
		assertThat(lines("abcdefgh", 3)).as("a word longer than the line is cut").containsExactly("abc", "def", "gh");
	}

	@Test
	void theFirstLineMayBeShorterAndANewlineAlwaysBreaks() {
		assertThat(LineBreaker.lines("一二三四五六七八\n九", 4, 6, String::length)).containsExactly("一二三四", "五六七八", "九");
		assertThat(lines("", 5)).containsExactly("");
	}

	@Test
	void everyLineFitsItsMeasureButForAHangingMark() {
		String text = "各地各部门认真落实市委、市政府工作部署，按照督查事项清单逐项推进，截至5月10日共办结督办事项128项（其中按期办结121项）。";
		for (String line : lines(text, 12)) {
			String withoutHanging = line.replaceAll("[，。、）]+$", "");
			assertThat(withoutHanging.length()).as(line).isLessThanOrEqualTo(12);
		}
		assertThat(String.join("", lines(text, 12))).isEqualTo(text);
	}

}
