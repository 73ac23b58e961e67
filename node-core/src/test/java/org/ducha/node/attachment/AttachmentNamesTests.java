package org.ducha.node.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names and media types as a browser or a peer sends them, made safe to keep and to
 * send back.
 */
class AttachmentNamesTests {

	@Test
	void keepsAChineseFileName() {
		assertThat(AttachmentNames.fileName("验收报告.pdf")).isEqualTo("验收报告.pdf");
	}

	@Test
	void dropsDirectoriesControlCharactersAndQuotes() {
		assertThat(AttachmentNames.fileName("C:\\fakepath\\整改\"方案\".docx")).isEqualTo("整改方案.docx");
		assertThat(AttachmentNames.fileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentNames.fileName("a\r\nb\u202e.txt")).isEqualTo("ab.txt");
		assertThat(AttachmentNames.fileName("..")).isEqualTo(AttachmentNames.DEFAULT_NAME);
		assertThat(AttachmentNames.fileName(null)).isEqualTo(AttachmentNames.DEFAULT_NAME);
	}

	@Test
	void cutsLongNamesWithoutSplittingACharacter() {
		String name = "😀".repeat(300);
		String cut = AttachmentNames.fileName(name);
		assertThat(cut.codePointCount(0, cut.length())).isEqualTo(200);
		assertThat(cut).isEqualTo("😀".repeat(200));
	}

	@Test
	void keepsTypeAndSubtypeOnly() {
		assertThat(AttachmentNames.contentType("Application/PDF")).isEqualTo("application/pdf");
		assertThat(AttachmentNames.contentType("text/plain; charset=UTF-8")).isEqualTo("text/plain");
		assertThat(AttachmentNames.contentType("text/html\r\nX-Evil: 1")).isEqualTo("application/octet-stream");
		assertThat(AttachmentNames.contentType("nonsense")).isEqualTo("application/octet-stream");
		assertThat(AttachmentNames.contentType(null)).isEqualTo("application/octet-stream");
	}

	@Test
	void readsAHashInEitherCaseAndNothingElse() {
		String hex = "ab".repeat(32);
		assertThat(Sha256.parse(hex.toUpperCase())).contains(new Sha256(hex));
		assertThat(Sha256.parse("ab".repeat(31))).isEmpty();
		assertThat(Sha256.parse("../" + hex)).isEmpty();
		assertThat(Sha256.parse(null)).isEmpty();
	}

}
