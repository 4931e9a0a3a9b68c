package it.sportello.shared.attachments;

import java.io.InputStream;
import java.util.Optional;

/**
 * The store of attached files. A file is stored once, as it came, and never changed; whoever attaches it keeps its
 * {@link AttachmentId}. Its media type is detected from its content (a PDF named {@code .jpg} is a PDF), and a type
 * outside {@code sportello.attachments.allowed-types} or a file over {@code sportello.attachments.max-size} is refused
 * with an {@link AttachmentRefusedException} (415 or 413, a message a person understands) and nothing is stored.
 * <p>
 * Who may read a file is the attaching module's rule: this store checks nothing, so only modules expose it, through
 * their own access checks.
 */
public interface Attachments {

	/**
	 * Stores the file read from {@code content} (read to its end, or to one byte past the limit) under the name it
	 * came with (a path is cut to its last part), in the caller's transaction if there is one.
	 *
	 * @throws AttachmentRefusedException when the file is empty, too large, or of a type not allowed
	 */
	AttachmentView store(String name, InputStream content);

	/** The file with its bytes; empty when there is no such file. */
	Optional<AttachmentContent> open(AttachmentId id);

	/** The file's description without its bytes; empty when there is no such file. */
	Optional<AttachmentView> describe(AttachmentId id);

}
