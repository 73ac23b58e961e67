package org.ducha.node.document;

/**
 * The measures of GB/T 9704-2012 (党政机关公文格式) that both the Word and the PDF layout follow,
 * in points (1 mm = 72 / 25.4 pt), and the typefaces the standard names. The typefaces
 * are named in the Word file, where the office's machine has them; the PDF embeds one CJK
 * font for all of them.
 */
final class Gbt9704 {

	static final float MM = 72f / 25.4f;

	static final float PAGE_WIDTH = 210 * MM;

	static final float PAGE_HEIGHT = 297 * MM;

	/** 天头 (top margin) 37 mm, 订口 (left) 28 mm; the text area is 156 × 225 mm. */
	static final float TOP = 37 * MM;

	static final float LEFT = 28 * MM;

	static final float RIGHT = 26 * MM;

	static final float BOTTOM = 35 * MM;

	static final float TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

	static final float TEXT_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM;

	/** 3号 (16 pt): body text, the number, the addressees, the signature and the date. */
	static final float BODY_SIZE = 16f;

	/** 22 lines a page: the line pitch that fills the text area. */
	static final float LINE_PITCH = TEXT_HEIGHT / 22f;

	/** 2号 (22 pt): the title. */
	static final float TITLE_SIZE = 22f;

	/** The issuing organ's mark, at most this large, smaller when the name is long. */
	static final float ORGAN_SIZE = 36f;

	/** 4号 (14 pt): the copies (抄送) and the page number. */
	static final float NOTE_SIZE = 14f;

	/** 小四 (12 pt): table cells, so that a ranked table keeps its columns on the page. */
	static final float TABLE_SIZE = 12f;

	/** The page number sits 7 mm below the text area's lower edge. */
	static final float PAGE_NUMBER_DROP = 7 * MM;

	/** The red of the issuing organ's mark and the separator line. */
	static final String RED = "FF0000";

	static final String TITLE_FONT = "方正小标宋简体";

	static final String BODY_FONT = "仿宋_GB2312";

	static final String HEADING_FONT = "黑体";

	static final String SUBHEADING_FONT = "楷体_GB2312";

	static final String NUMBER_FONT = "宋体";

	static final String LATIN_FONT = "Times New Roman";

	private Gbt9704() {
	}

	/**
	 * Whether a heading is of the second level (（一）…), set in 楷体 rather than 黑体.
	 * @param heading the heading's text
	 * @return true for a parenthesised number
	 */
	static boolean isSubheading(String heading) {
		return heading.startsWith("（") || heading.startsWith("(");
	}

	/**
	 * The page number as the standard writes it, with an em dash either side.
	 * @param page the page, from 1
	 * @return e.g. "— 1 —"
	 */
	static String pageNumber(int page) {
		return "— " + page + " —";
	}

}
