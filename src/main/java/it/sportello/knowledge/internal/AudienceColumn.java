package it.sportello.knowledge.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import it.sportello.knowledge.Audience;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A sheet's audiences as a comma-separated column, in the enum's order. */
@Converter
class AudienceColumn implements AttributeConverter<Set<Audience>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Audience> audiences) {
		return EnumSet.copyOf(audiences).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Audience> convertToEntityAttribute(String column) {
		return Arrays.stream(column.split(",")).map(Audience::valueOf).collect(Collectors.toCollection(
				() -> EnumSet.noneOf(Audience.class)));
	}

}
