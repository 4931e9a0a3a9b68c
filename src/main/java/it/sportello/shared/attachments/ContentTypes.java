package it.sportello.shared.attachments;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The media type of a file from its content (Apache Tika's magic numbers): the name counts only to tell apart types
 * the content alone cannot (a .docx from other Office Open XML packages), never to make a file what it is not.
 */
@Component
class ContentTypes {

	private final Tika tika = new Tika();

	/** The detected type, without parameters, e.g. {@code application/pdf}. */
	String detect(byte[] content, String name) {
		String detected = tika.detect(content, name);
		int parameters = detected.indexOf(';');
		return (parameters < 0 ? detected : detected.substring(0, parameters)).strip();
	}

}
