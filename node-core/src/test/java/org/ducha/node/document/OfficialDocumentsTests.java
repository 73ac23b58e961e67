package org.ducha.node.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice rendered as Word and as PDF reads back with its organ, number, title,
 * addressees and body.
 */
class OfficialDocumentsTests {

	private final OfficialDocuments documents = new OfficialDocuments();

	static OfficialDocument aNotice() {
		return new OfficialDocument("阳江市人民政府督查室", "阳督通〔2026〕3号", "关于督办道路改造工程进度的通知", List.of("阳江市交通运输局"),
				List.of(new DocumentBlock.Heading("一、督办事项"),
						new DocumentBlock.Paragraph("请于2026年6月30日前完成道路改造工程，并按时报送进展情况。"),
						new DocumentBlock.Table(List.of("排名", "单位", "按时报送率"),
								List.of(List.of("1", "阳东区人民政府", "100%"), List.of("2", "阳西县人民政府", "87.5%")))),
				null, LocalDate.of(2026, 5, 11), List.of("市政府办公室"));
	}

	@Test
	void aWordNoticeReadsBackWithItsTitleNumberAndUnits() throws IOException {
		byte[] docx = this.documents.render(aNotice(), DocumentFormat.DOCX);
		try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
			String text = extractor.getText();
			assertThat(text).contains("阳江市人民政府督查室", "阳督通〔2026〕3号", "关于督办道路改造工程进度的通知", "阳江市交通运输局：", "阳东区人民政府",
					"2026年5月11日", "抄送：市政府办公室。");
		}
	}

	@Test
	void aPdfNoticeIsA4AndReadsBackWithItsTitleNumberAndUnits() throws IOException {
		byte[] pdf = this.documents.render(aNotice(), DocumentFormat.PDF);
		try (PDDocument read = Loader.loadPDF(pdf)) {
			assertThat(read.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			String text = new PDFTextStripper().getText(read);
			assertThat(text).contains("阳江市人民政府督查室", "阳督通〔2026〕3号", "关于督办道路改造工程进度的通知", "阳东区人民政府", "2026年5月11日", "— 1 —");
		}
	}

}
