package org.ducha.node.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of an official document: A4, the CJK font embedded as a subset, a long body
 * over several numbered pages, and a first page that renders.
 */
class PdfDocumentTests {

	private final OfficialDocuments documents = new OfficialDocuments();

	@Test
	void everyPageIsA4() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(this.documents.render(aLongReport(), DocumentFormat.PDF))) {
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
				assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			}
		}
	}

	@Test
	void embedsTheCjkFontAsATrueTypeSubset() throws IOException {
		try (PDDocument pdf = Loader
			.loadPDF(this.documents.render(OfficialDocumentsTests.aNotice(), DocumentFormat.PDF))) {
			List<PDFont> fonts = new ArrayList<>();
			for (var name : pdf.getPage(0).getResources().getFontNames()) {
				fonts.add(pdf.getPage(0).getResources().getFont(name));
			}
			PDFont cjk = fonts.stream()
				.filter(font -> font.getName().contains("DroidSansFallback"))
				.findFirst()
				.orElseThrow();
			assertThat(cjk).isInstanceOf(PDType0Font.class);
			assertThat(cjk.isEmbedded()).isTrue();
			assertThat(cjk.getFontDescriptor().getFontFile2()).isNotNull();
			assertThat(cjk.getName()).matches("[A-Z]{6}\\+DroidSansFallback.*");
			// a subset of a 4 MB font: a notice carries a few dozen glyphs
			assertThat(cjk.getFontDescriptor().getFontFile2().getLength()).isLessThan(200_000);
			assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
		}
	}

	@Test
	void aLongBodyRunsOverSeveralNumberedPages() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(this.documents.render(aLongReport(), DocumentFormat.PDF))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(pdf)).contains("— " + page + " —");
			}
			String all = new PDFTextStripper().getText(pdf);
			assertThat(all).contains("第40段", "阳春市人民政府", "2026年5月11日");
		}
	}

	@Test
	void theFirstPageRendersAsAnImage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(this.documents.render(aLongReport(), DocumentFormat.PDF))) {
			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
			assertThat(image.getWidth()).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
			assertThat(redPixels(image)).as("the red head").isGreaterThan(500);
			Path png = Path.of("target", "documents", "official-document-page-1.png");
			Files.createDirectories(png.getParent());
			ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", png.toFile());
			assertThat(png).isNotEmptyFile();
		}
	}

	private static int redPixels(BufferedImage image) {
		int red = 0;
		for (int y = 0; y < image.getHeight() / 3; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80) {
					red++;
				}
			}
		}
		return red;
	}

	static OfficialDocument aLongReport() {
		List<DocumentBlock> body = new ArrayList<>();
		body.add(new DocumentBlock.Heading("一、总体情况"));
		for (int i = 1; i <= 40; i++) {
			body.add(new DocumentBlock.Paragraph("第" + i + "段：各地各部门认真落实市委、市政府工作部署，按照督查事项清单逐项推进，"
					+ "截至5月10日共办结督办事项128项（其中按期办结121项），办结率达94.5%；对逾期未办结的事项，已按规定发出催办单并约谈相关责任人。"));
			if (i == 20) {
				body.add(new DocumentBlock.Heading("（一）各单位报送情况排名"));
				List<List<String>> rows = new ArrayList<>();
				String[] units = { "江城区人民政府", "阳东区人民政府", "阳西县人民政府", "阳春市人民政府", "高新区管委会", "海陵试验区管委会" };
				for (int u = 0; u < units.length; u++) {
					rows.add(List.of(String.valueOf(u + 1), units[u], (100 - 3 * u) + "%", String.valueOf(u),
							"报送及时，材料详实，能够按照时间节点推进各项工作"));
				}
				body.add(new DocumentBlock.Table(List.of("排名", "单位", "按时报送率", "逾期事项", "备注"), rows));
			}
		}
		return new OfficialDocument("阳江市人民政府督查室", "阳督通〔2026〕12号", "关于2026年4月份重点工作督查情况的通报", List.of("各县（市、区）人民政府，市直各单位"),
				body, null, LocalDate.of(2026, 5, 11), List.of("市委办公室", "市人大常委会办公室", "市政协办公室"));
	}

}
