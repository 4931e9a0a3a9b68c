package it.sportello.organization.internal;

import java.util.List;

import org.springframework.data.repository.Repository;

interface OfficeRepository extends Repository<Office, String> {

	List<Office> findAll();

}
