package it.sportello.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * The search module's own test maps no entity: the engine belongs to this module, the indexed entities to the modules
 * that own them, which its module test does not start.
 */
public class NoEntitiesMapping implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		// Nothing to map: the analyzers come from the backend's analysis configurer.
	}

}
