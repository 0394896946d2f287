package vn.dangvu.directive.document;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.directive.PartyText;

/**
 * Texts of other modules (the minutes of a cell meeting) through the same layout and
 * renderers as the Party documents (decision 0226), so that there is one way to draw a
 * Party page.
 */
@Component
@RequiredArgsConstructor
public class PartyTexts {

	private final DocumentTemplates templates;

	public byte[] pdf(PartyText text) {
		return PdfRendering.render(DocumentLayout.of(text));
	}

	public byte[] docx(PartyText text) {
		return DocxRendering.render(DocumentLayout.of(text));
	}

	/** The place of a unit's date line, from its or its committee's template. */
	public Optional<String> place(long unitId) {
		return this.templates.nearestPlace(unitId);
	}

}
