package it.sportello.organization.internal;

import java.util.List;

import it.sportello.search.Analyzers;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * How offices and people become documents of the directory index (S-KB3, S-TT7). Programmatic rather than
 * annotations, so the entities stay plain JPA and the search concerns live in one place
 * ({@code hibernate.search.mapping.configurer}).
 * <p>
 * Every value the result list shows is stored in the index (projectable), so a search never touches the
 * database. A person's document embeds their office; Hibernate Search follows {@code Office.employees}
 * back to reindex the people of an office whose name, competences or hours change.
 */
public class DirectorySearchMapping implements HibernateOrmSearchMappingConfigurer {

	/** Index and entity names, as the search scope and the results name them. */
	public static final String EMPLOYEE = "Employee";

	public static final String OFFICE = "Office";

	/**
	 * Results are marked from their stored text (DirectorySearchNameReasons, DirectorySearchTextReasons), never
	 * by Hibernate Search's highlighters, which rewrite the whole query for every hit and field.
	 */
	private static final List<Highlightable> NOT_HIGHLIGHTED = List.of(Highlightable.NO);

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		mapOffice(mapping.type(Office.class));
		mapEmployee(mapping.type(Employee.class));
	}

	private static void mapOffice(TypeMappingStep office) {
		office.indexed().index(OFFICE);
		office.property("code").keywordField("code").normalizer(Analyzers.KEYWORD).projectable(Projectable.YES);
		text(office, "name");
		text(office, "competences");
		office.property("type").keywordField("type").projectable(Projectable.YES);
		office.property("departmentCode").keywordField("departmentCode").projectable(Projectable.YES);
		office.property("openingHours").keywordField("openingHours").projectable(Projectable.YES)
			.searchable(Searchable.NO);
		office.property("email").keywordField("email").projectable(Projectable.YES).searchable(Searchable.NO);
		office.property("phone").keywordField("phone").projectable(Projectable.YES).searchable(Searchable.NO)
			// The secretariat's line is 0971 66 + extension: callers quote either.
			.keywordField("switchboardExtension").valueBridge(new LastFourDigits());
	}

	private static void mapEmployee(TypeMappingStep employee) {
		employee.indexed().index(EMPLOYEE);
		name(employee, "firstName");
		name(employee, "lastName");
		employee.property("position").fullTextField("position").analyzer(Analyzers.TEXT)
			.searchAnalyzer(Analyzers.TEXT_QUERY).projectable(Projectable.YES).highlightable(NOT_HIGHLIGHTED);
		employee.property("title").keywordField("title").projectable(Projectable.YES).searchable(Searchable.NO)
			// "la dottoressa", "il geometra": a spoken title ranks the people who hold it first.
			.keywordField("titleKey").normalizer(Analyzers.KEYWORD);
		employee.property("extension").keywordField("extension").projectable(Projectable.YES);
		employee.property("directPhone").keywordField("directPhone").projectable(Projectable.YES)
			.searchable(Searchable.NO);
		employee.property("email").keywordField("email").projectable(Projectable.YES).searchable(Searchable.NO);
		employee.property("room").keywordField("room").projectable(Projectable.YES).searchable(Searchable.NO);
		employee.property("office").indexedEmbedded()
			.includePaths("code", "name", "competences", "departmentCode", "openingHours", "type");
	}

	/**
	 * A name word by word (exact, fuzzy, prefix), joined whole (particles together or apart) and as it sounds
	 * (doubled consonants, a wrong final vowel).
	 */
	private static void name(TypeMappingStep type, String property) {
		type.property(property).fullTextField(property).analyzer(Analyzers.NAME).projectable(Projectable.YES)
			.highlightable(NOT_HIGHLIGHTED)
			.fullTextField(property + "Joined").analyzer(Analyzers.NAME_JOINED).projectable(Projectable.YES)
			.highlightable(NOT_HIGHLIGHTED)
			.fullTextField(property + "Sound").analyzer(Analyzers.NAME_SOUND).highlightable(NOT_HIGHLIGHTED);
	}

	private static void text(TypeMappingStep type, String property) {
		type.property(property).fullTextField(property).analyzer(Analyzers.TEXT).searchAnalyzer(Analyzers.TEXT_QUERY)
			.projectable(Projectable.YES).highlightable(NOT_HIGHLIGHTED);
	}

	/** The extension at the end of a Potenza or Matera line ({@code 0971 663747} → {@code 3747}). */
	static final class LastFourDigits implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			if (value == null) {
				return null;
			}
			String digits = value.replaceAll("\\D", "");
			return digits.length() >= 4 ? digits.substring(digits.length() - 4) : null;
		}

	}

}
