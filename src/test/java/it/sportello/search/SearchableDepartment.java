package it.sportello.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * An indexed entity for the search module's own test, over a table every schema has: the module indexes other
 * modules' entities, and its test needs one that belongs to none of them.
 */
@Entity
@Indexed
@Table(name = "department")
class SearchableDepartment {

	@Id
	String code;

	@FullTextField(analyzer = Analyzers.TEXT)
	String name;

}
