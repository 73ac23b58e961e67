package org.ducha.node.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

import org.ducha.node.problem.TooLargeException;

/**
 * The bytes of attachments, content-addressed: {@code <root>/<first 2 hex>/<sha256>}. A
 * file reaches its place only whole, flushed to disk and verified against its hash, by an
 * atomic move; the same content is kept once. Uploads in progress live in {@code tmp/}
 * (cleared at start), resumable transfers in {@code partial/} (kept across restarts).
 */
class AttachmentStore {

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	private final Path tmp;

	private final Path partial;

	AttachmentStore(Path root) {
		this.root = root;
		this.tmp = root.resolve("tmp");
		this.partial = root.resolve("partial");
		try {
			Files.createDirectories(this.tmp);
			Files.createDirectories(this.partial);
			try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(this.tmp)) {
				for (Path file : leftovers) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the attachment folder " + root, ex);
		}
	}

	/** Where an attachment's bytes are kept once complete. */
	Path path(Sha256 sha256) {
		return this.root.resolve(sha256.hex().substring(0, 2)).resolve(sha256.hex());
	}

	/** Whether the whole, verified attachment is here. */
	boolean holds(Sha256 sha256) {
		return Files.isRegularFile(path(sha256));
	}

	long size(Sha256 sha256) {
		try {
			return Files.size(path(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes of a complete attachment from an offset. */
	InputStream open(Sha256 sha256, long offset) throws IOException {
		FileChannel channel = FileChannel.open(path(sha256), StandardOpenOption.READ);
		channel.position(offset);
		return Channels.newInputStream(channel);
	}

	/**
	 * Stores bytes of unknown hash: written to a temporary file, flushed, read back and
	 * verified, then moved into place (or dropped when the same content is already
	 * there). Empty input is measured but not kept.
	 * @throws TooLargeException beyond {@code maxBytes}, before storing anything
	 */
	Stored write(InputStream in, long maxBytes) throws IOException {
		Path file = Files.createTempFile(this.tmp, "upload-", ".tmp");
		try {
			MessageDigest digest = Sha256.digest();
			long size = 0;
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				byte[] buffer = new byte[BUFFER];
				int read;
				while ((read = in.read(buffer)) != -1) {
					size += read;
					if (size > maxBytes) {
						throw new TooLargeException(maxBytes);
					}
					digest.update(buffer, 0, read);
					ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
					while (bytes.hasRemaining()) {
						channel.write(bytes);
					}
				}
				channel.force(true);
			}
			Sha256 sha256 = Sha256.of(digest);
			if (size == 0) {
				// nothing to keep: the caller refuses empty files
				return new Stored(sha256, 0, false);
			}
			verify(file, sha256, size);
			boolean added = place(file, sha256);
			return new Stored(sha256, size, added);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** How many bytes of a transfer of this attachment are held (0 when none). */
	long partialLength(Sha256 sha256) {
		try {
			Path file = partialPath(sha256);
			return Files.exists(file) ? Files.size(file) : 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the partial file of a transfer to continue at {@code offset}, which must be
	 * what it holds, or 0 to start again.
	 * @throws IllegalStateException when the offset is neither
	 */
	Partial openPartial(Sha256 sha256, long offset) throws IOException {
		FileChannel channel = FileChannel.open(partialPath(sha256), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		if (offset == 0) {
			channel.truncate(0);
		}
		else if (channel.size() != offset) {
			long held = channel.size();
			channel.close();
			throw new IllegalStateException("holds " + held + " bytes of " + sha256 + ", not " + offset);
		}
		channel.position(offset);
		return new Partial(channel);
	}

	/**
	 * Moves a finished transfer into place once its size and hash are right; a wrong one
	 * is dropped so that the next transfer starts again.
	 * @throws CorruptTransferException when size or hash differ
	 */
	void completePartial(Sha256 sha256, long size) throws IOException {
		Path file = partialPath(sha256);
		try {
			verify(file, sha256, size);
		}
		catch (CorruptTransferException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		place(file, sha256);
		Files.deleteIfExists(file);
	}

	/** Forgets a complete attachment's bytes (an operator's repair, and tests). */
	void delete(Sha256 sha256) throws IOException {
		Files.deleteIfExists(path(sha256));
	}

	private Path partialPath(Sha256 sha256) {
		return this.partial.resolve(sha256.hex() + ".part");
	}

	private static void verify(Path file, Sha256 expected, long expectedSize) throws IOException {
		MessageDigest digest = Sha256.digest();
		long size = 0;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
				size += read;
			}
		}
		Sha256 actual = Sha256.of(digest);
		if (size != expectedSize || !actual.equals(expected)) {
			throw new CorruptTransferException("expected " + expectedSize + " bytes hashing to " + expected + ", got "
					+ size + " hashing to " + actual);
		}
	}

	/** Moves a verified file to its address; false when the content was already there. */
	private boolean place(Path file, Sha256 sha256) throws IOException {
		Path target = path(sha256);
		if (Files.exists(target)) {
			return false;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The attachment folder " + this.root + " must allow atomic moves", ex);
		}
		syncDirectory(target.getParent());
		return true;
	}

	/** Makes a move durable (a directory's entries are flushed like a file's bytes). */
	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// not every platform can open a directory; the move itself is atomic
		}
	}

	/**
	 * Bytes stored by {@link #write}.
	 *
	 * @param sha256 their hash
	 * @param size their length
	 * @param added false when the same content was already stored
	 */
	record Stored(Sha256 sha256, long size, boolean added) {
	}

	/** A transfer being received: appends in order, flushes when the stream ends. */
	static final class Partial implements AutoCloseable {

		private final FileChannel channel;

		private Partial(FileChannel channel) {
			this.channel = channel;
		}

		/** Appends the next bytes; returns how many are now held. */
		long append(ByteBuffer bytes) throws IOException {
			while (bytes.hasRemaining()) {
				this.channel.write(bytes);
			}
			return this.channel.position();
		}

		long held() throws IOException {
			return this.channel.position();
		}

		/** Flushes to disk and closes. */
		@Override
		public void close() throws IOException {
			try {
				if (this.channel.isOpen()) {
					this.channel.force(true);
				}
			}
			finally {
				this.channel.close();
			}
		}

	}

}
