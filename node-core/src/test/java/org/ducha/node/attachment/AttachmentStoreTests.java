package org.ducha.node.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.ducha.node.problem.TooLargeException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content-addressed store on a real folder: bytes under their hash, once per content,
 * never visible half-written, verified before they reach their place.
 */
class AttachmentStoreTests {

	@TempDir
	Path root;

	private AttachmentStore store;

	@BeforeEach
	void open() {
		this.store = new AttachmentStore(this.root);
	}

	private static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new SplittableRandom(seed).nextBytes(bytes);
		return bytes;
	}

	private static Sha256 sha256(byte[] bytes) throws Exception {
		return new Sha256(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
	}

	private long filesUnder(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void keepsBytesUnderTheirHashInAFolderNamedByItsFirstTwoDigits() throws Exception {
		byte[] content = "验收报告".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		AttachmentStore.Stored stored = this.store.write(new ByteArrayInputStream(content), 1024);
		Sha256 expected = sha256(content);
		assertThat(stored.sha256()).isEqualTo(expected);
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.added()).isTrue();
		Path file = this.root.resolve(expected.hex().substring(0, 2)).resolve(expected.hex());
		assertThat(file).hasBinaryContent(content);
		assertThat(this.store.holds(expected)).isTrue();
		try (InputStream in = this.store.open(expected, 3)) {
			assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, 3, content.length));
		}
	}

	@Test
	void keepsTheSameContentOnce() throws Exception {
		byte[] content = bytes(100_000, 1);
		AttachmentStore.Stored first = this.store.write(new ByteArrayInputStream(content), 1_000_000);
		AttachmentStore.Stored second = this.store.write(new ByteArrayInputStream(content), 1_000_000);
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(first.added()).isTrue();
		assertThat(second.added()).as("the second copy is dropped").isFalse();
		assertThat(filesUnder(this.root)).isEqualTo(1);
	}

	@Test
	void refusesMoreThanTheLimitAndKeepsNothing() {
		assertThatExceptionOfType(TooLargeException.class)
			.isThrownBy(() -> this.store.write(new ByteArrayInputStream(bytes(1025, 2)), 1024));
		assertThat(this.root.resolve("tmp")).isEmptyDirectory();
		assertThat(this.root).isDirectoryNotContaining((path) -> path.getFileName().toString().length() == 2);
	}

	@Test
	void keepsNothingOfAnEmptyInput() throws Exception {
		AttachmentStore.Stored stored = this.store.write(new ByteArrayInputStream(new byte[0]), 1024);
		assertThat(stored.size()).isZero();
		assertThat(this.store.holds(stored.sha256())).isFalse();
		assertThat(filesUnder(this.root)).isZero();
	}

	@Test
	void neverShowsAnAttachmentBeforeItIsWhole() throws Exception {
		byte[] content = bytes(300_000, 3);
		Sha256 expected = sha256(content);
		boolean[] lookedHalfway = new boolean[1];
		InputStream slow = new ByteArrayInputStream(content) {
			@Override
			public synchronized int read(byte[] buffer, int offset, int length) {
				if (this.pos > content.length / 2 && !lookedHalfway[0]) {
					lookedHalfway[0] = true;
					assertThat(AttachmentStoreTests.this.store.holds(expected)).as("visible while half written")
						.isFalse();
					assertThat(AttachmentStoreTests.this.root.resolve("tmp").toFile().list()).hasSize(1);
				}
				return super.read(buffer, offset, Math.min(length, 10_000));
			}
		};
		this.store.write(slow, 1_000_000);
		assertThat(lookedHalfway[0]).isTrue();
		assertThat(this.store.holds(expected)).isTrue();
		assertThat(this.root.resolve("tmp")).isEmptyDirectory();
	}

	@Test
	void aTransferResumesFromWhatIsHeldAndIsVerifiedBeforeItIsVisible() throws Exception {
		byte[] content = bytes(700_000, 4);
		Sha256 sha256 = sha256(content);
		try (AttachmentStore.Partial partial = this.store.openPartial(sha256, 0)) {
			partial.append(ByteBuffer.wrap(content, 0, 262_144));
		}
		assertThat(this.store.partialLength(sha256)).isEqualTo(262_144);
		assertThat(this.store.holds(sha256)).isFalse();
		try (AttachmentStore.Partial partial = this.store.openPartial(sha256, 262_144)) {
			partial.append(ByteBuffer.wrap(content, 262_144, content.length - 262_144));
		}
		this.store.completePartial(sha256, content.length);
		assertThat(this.store.holds(sha256)).isTrue();
		assertThat(this.store.path(sha256)).hasBinaryContent(content);
		assertThat(this.store.partialLength(sha256)).isZero();
	}

	@Test
	void refusesToResumeAtAnOffsetOtherThanWhatIsHeld() throws Exception {
		Sha256 sha256 = sha256(bytes(10, 5));
		try (AttachmentStore.Partial partial = this.store.openPartial(sha256, 0)) {
			partial.append(ByteBuffer.wrap(new byte[100]));
		}
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.store.openPartial(sha256, 50));
		this.store.openPartial(sha256, 0).close();
		assertThat(this.store.partialLength(sha256)).as("offset 0 starts again").isZero();
	}

	@Test
	void dropsATransferWhoseBytesDoNotHashAsAnnounced() throws Exception {
		byte[] content = bytes(1000, 6);
		Sha256 announced = sha256(content);
		byte[] tampered = content.clone();
		tampered[500] ^= 1;
		try (AttachmentStore.Partial partial = this.store.openPartial(announced, 0)) {
			partial.append(ByteBuffer.wrap(tampered));
		}
		assertThatExceptionOfType(CorruptTransferException.class)
			.isThrownBy(() -> this.store.completePartial(announced, content.length));
		assertThat(this.store.holds(announced)).isFalse();
		assertThat(this.store.partialLength(announced)).as("the next transfer starts again").isZero();
	}

	@Test
	void clearsUploadsLeftHalfWrittenByAStopAndKeepsPartialTransfers() throws Exception {
		Sha256 sha256 = sha256(bytes(10, 7));
		try (AttachmentStore.Partial partial = this.store.openPartial(sha256, 0)) {
			partial.append(ByteBuffer.wrap(new byte[42]));
		}
		Files.write(this.root.resolve("tmp").resolve("upload-1.tmp"), new byte[10]);
		AttachmentStore restarted = new AttachmentStore(this.root);
		assertThat(this.root.resolve("tmp")).isEmptyDirectory();
		assertThat(restarted.partialLength(sha256)).isEqualTo(42);
	}

}
