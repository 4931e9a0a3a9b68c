package it.sportello.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string the API reads goes through this check ({@link RequestJsonConfiguration}): one with a
 * control character is refused with the field's path (the problem handler lists it as an invalid field),
 * before anything is stored.
 */
class ControlCharactersModule extends SimpleModule {

	ControlCharactersModule() {
		super("sportello-control-characters");
		addDeserializer(String.class, new CheckedStringDeserializer());
	}

	private static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && ControlCharacters.in(text)) {
				throw new Refused(parser);
			}
			return text;
		}

	}

	/** The refusal; its message never quotes the value, which may be personal data. */
	static final class Refused extends MismatchedInputException {

		Refused(JsonParser parser) {
			super(parser, "Text contains a control character", String.class);
		}

	}

}
