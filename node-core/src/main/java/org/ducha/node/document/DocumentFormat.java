package org.ducha.node.document;

import java.util.Locale;

import org.ducha.node.problem.InvalidRequestException;

/**
 * The file formats an official document is written in: Word for the office that edits it,
 * PDF for the file.
 */
public enum DocumentFormat {

	/** Office Open XML word processing (.docx). */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	/** PDF with the CJK font embedded. */
	PDF("application/pdf", "pdf");

	private final String mediaType;

	private final String extension;

	DocumentFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/**
	 * The media type to send the file with.
	 * @return e.g. "application/pdf"
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The file name extension, without the dot.
	 * @return "docx" or "pdf"
	 */
	public String extension() {
		return this.extension;
	}

	/**
	 * The format a request names by its extension, in any case.
	 * @param name "docx" or "pdf"
	 * @return the format
	 * @throws InvalidRequestException for any other name, {@code null} included
	 */
	public static DocumentFormat named(String name) {
		for (DocumentFormat format : values()) {
			if (format.extension.equals((name != null) ? name.trim().toLowerCase(Locale.ROOT) : null)) {
				return format;
			}
		}
		throw new InvalidRequestException("文档格式只能是 docx 或 pdf，不是 " + name + "（format: docx or pdf, not " + name + "）");
	}

}
