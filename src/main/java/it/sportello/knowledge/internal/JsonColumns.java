package it.sportello.knowledge.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists kept in one text column as JSON: they are always read and written with their sheet or procedure, never
 * queried one by one (the portal search matches their text).
 */
final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonColumns() {
	}

	private abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {

		private final TypeReference<List<T>> type;

		ListConverter(TypeReference<List<T>> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(List<T> values) {
			return JSON.writeValueAsString(values);
		}

		@Override
		public List<T> convertToEntityAttribute(String column) {
			return List.copyOf(JSON.readValue(column, type));
		}

	}

	@Converter
	static final class Strings extends ListConverter<String> {

		Strings() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static final class Links extends ListConverter<SheetLink> {

		Links() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static final class Attachments extends ListConverter<AttachmentNote> {

		Attachments() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static final class Faqs extends ListConverter<FaqItem> {

		Faqs() {
			super(new TypeReference<>() {
			});
		}

	}

	/** The text of a revision, as its authors wrote it. */
	@Converter
	static final class Draft implements AttributeConverter<SheetDraft, String> {

		@Override
		public String convertToDatabaseColumn(SheetDraft draft) {
			return draft == null ? null : JSON.writeValueAsString(draft);
		}

		@Override
		public SheetDraft convertToEntityAttribute(String column) {
			return column == null ? null : JSON.readValue(column, SheetDraft.class);
		}

	}

}
