package org.ducha.node.document;

/**
 * The width of a text in em as a Chinese typesetter counts it: a full-width character one
 * em, an ASCII character half. Used where the Word layout must place text by estimate,
 * since Word measures with fonts this node does not have.
 */
final class Widths {

	private Widths() {
	}

	static float of(String text) {
		float width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) < 0x0100) ? 0.5f : 1f;
		}
		return width;
	}

}
