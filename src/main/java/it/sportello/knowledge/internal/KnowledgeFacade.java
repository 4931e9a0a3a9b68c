package it.sportello.knowledge.internal;

import java.util.Optional;

import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.SheetReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class KnowledgeFacade implements Knowledge {

	private final SheetRepository sheets;

	private final KnowledgeAccess access;

	KnowledgeFacade(SheetRepository sheets, KnowledgeAccess access) {
		this.sheets = sheets;
		this.access = access;
	}

	@Override
	public Optional<SheetReference> usableSheet(String id) {
		return sheets.findById(id)
			.filter(sheet -> sheet.usableOn(access.today()))
			.map(sheet -> new SheetReference(sheet.id(), sheet.title(), sheet.publishedVersion()));
	}

}
