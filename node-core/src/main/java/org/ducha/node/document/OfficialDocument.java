package org.ducha.node.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An official document (公文) laid out after GB/T 9704: who issues it, its number, title,
 * addressees, body, signature, date and copies, independent of the file format.
 *
 * @param issuingOrgan the issuing organ (发文机关), printed in red at the top, e.g.
 * "阳江市人民政府督查室"
 * @param number the document number (发文字号), e.g. "阳督通〔2026〕3号", or {@code null}
 * @param title the title
 * @param addressees the addressees (主送机关), flush left above the body; may be empty
 * @param body headings, paragraphs and tables in order
 * @param signature the signature (落款); the issuing organ when {@code null}
 * @param date the date written (成文日期), e.g. 2026年5月11日; none when {@code null}
 * @param copiesTo the organs copied (抄送), at the end; may be empty
 */
public record OfficialDocument(String issuingOrgan, String number, String title, List<String> addressees,
		List<DocumentBlock> body, String signature, LocalDate date, List<String> copiesTo) {

	public OfficialDocument {
		Objects.requireNonNull(issuingOrgan, "issuingOrgan");
		Objects.requireNonNull(title, "title");
		addressees = (addressees != null) ? List.copyOf(addressees) : List.of();
		body = (body != null) ? List.copyOf(body) : List.of();
		signature = (signature != null && !signature.isBlank()) ? signature : issuingOrgan;
		copiesTo = (copiesTo != null) ? List.copyOf(copiesTo) : List.of();
	}

	/**
	 * The date as an official document writes it, in Arabic numerals without leading
	 * zeros (GB/T 9704-2012, 7.3.5.2).
	 * @return e.g. "2026年5月11日", or an empty string without a date
	 */
	public String writtenDate() {
		return (this.date != null)
				? this.date.getYear() + "年" + this.date.getMonthValue() + "月" + this.date.getDayOfMonth() + "日" : "";
	}

}
