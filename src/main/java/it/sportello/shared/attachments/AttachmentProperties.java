package it.sportello.shared.attachments;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the attachment store ({@code sportello.attachments.*}).
 *
 * @param maxSize the largest file kept (10 MB by default)
 * @param allowedTypes the media types kept, as detected from the content: documents, images, plain text, e-mails and
 * signed files (.p7m) by default; executables, scripts and archives are not among them
 */
@ConfigurationProperties("sportello.attachments")
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize,
		@DefaultValue({ "application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff", "text/plain",
				"message/rfc822", "application/pkcs7-mime", "application/pkcs7-signature",
				"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
				"application/vnd.ms-excel" }) List<String> allowedTypes) {
}
