package cn.lvzhi.casework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * A proposal as somebody drafts it (the API's body, the drafting form): the kind as sent
 * ({@code "SUGGESTION"}, {@code "MOTION"}; anything else is named as a mistake of {@code kind}),
 * title, content, the lead, the co-signers invited (a motion only) and, when the office registers
 * a motion filed on paper, the co-signers whose signature is on the paper
 * ({@code confirmedCosignerIds}, among {@code cosignerIds}). {@link #violations} checks what can be
 * checked without the roster; {@link Proposals} adds the roster.
 */
public record ProposalDraft(String kind, String title, String content, Long leadRepresentativeId,
		List<Long> cosignerIds, List<Long> confirmedCosignerIds) {

	public static final int TITLE_MAX = 150;

	public static final int CONTENT_MAX = 10000;

	public static final int COSIGNERS_MAX = 50;

	public ProposalDraft {
		cosignerIds = cosignerIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cosignerIds));
		confirmedCosignerIds = confirmedCosignerIds == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(confirmedCosignerIds));
	}

	/** Field by field what is wrong without asking the roster; empty when all is well. */
	public List<FieldViolation> violations() {
		var found = new ArrayList<FieldViolation>();
		var parsed = ProposalKind.named(kind);
		if (kind == null || kind.isBlank()) {
			found.add(new FieldViolation("kind", "validation.required"));
		}
		else if (parsed.isEmpty()) {
			found.add(new FieldViolation("kind", "casework.proposal.validation.kind"));
		}
		text(found, "title", title, TITLE_MAX);
		text(found, "content", content, CONTENT_MAX);
		if (leadRepresentativeId == null) {
			found.add(new FieldViolation("leadRepresentativeId", "validation.required"));
		}
		if (!cosignerIds.isEmpty() && parsed.isPresent() && !parsed.get().takesCosigners()) {
			found.add(new FieldViolation("cosignerIds", "casework.proposal.validation.cosigners-on-suggestion"));
			return found;
		}
		if (cosignerIds.size() > COSIGNERS_MAX) {
			found.add(new FieldViolation("cosignerIds", "casework.proposal.validation.cosigners-too-many", COSIGNERS_MAX));
			return found;
		}
		var seen = new HashSet<Long>();
		for (int i = 0; i < cosignerIds.size(); i++) {
			Long id = cosignerIds.get(i);
			String field = "cosignerIds[" + i + "]";
			if (id == null) {
				found.add(new FieldViolation(field, "validation.required"));
			}
			else if (id.equals(leadRepresentativeId)) {
				found.add(new FieldViolation(field, "casework.proposal.validation.cosigner-is-lead"));
			}
			else if (!seen.add(id)) {
				found.add(new FieldViolation(field, "casework.proposal.validation.cosigner-twice"));
			}
		}
		var marked = new HashSet<Long>();
		for (int i = 0; i < confirmedCosignerIds.size(); i++) {
			Long id = confirmedCosignerIds.get(i);
			if (id == null || !cosignerIds.contains(id) || !marked.add(id)) {
				found.add(new FieldViolation("confirmedCosignerIds[" + i + "]",
						"casework.proposal.validation.confirmed-not-invited"));
			}
		}
		return found;
	}

	/** The kind, once {@link #violations} found none. */
	ProposalKind parsedKind() {
		return ProposalKind.named(kind).orElseThrow();
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		return v.isEmpty() ? null : v;
	}

	private static void text(List<FieldViolation> found, String field, String value, int max) {
		String v = clean(value);
		if (v == null) {
			found.add(new FieldViolation(field, "validation.required"));
		}
		else if (v.length() > max) {
			found.add(new FieldViolation(field, "validation.too-long", max));
		}
	}
}
