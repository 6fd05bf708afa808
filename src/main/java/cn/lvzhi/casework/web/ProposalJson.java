package cn.lvzhi.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalCosigner;
import cn.lvzhi.casework.ProposalDocument;
import cn.lvzhi.casework.ProposalHistory;
import cn.lvzhi.casework.ProposalReply;
import cn.lvzhi.casework.ProposalView;

/**
 * Proposals as the API shows them (API.md "Casework"): {@link Detail} for one, {@link Item} in a
 * list. Times in the district's zone.
 */
final class ProposalJson {

	private ProposalJson() {
	}

	/**
	 * One proposal: {@code {id, status, ...}} with its co-signers and whether each confirmed, the
	 * handling units, their responses, the history, the records it created (status and points) and
	 * the documents of a paper proposal; {@code version} for optimistic clients.
	 */
	record Detail(long id, String kind, String status, String title, String content, long leadRepresentativeId,
			String leadName, boolean onPaper, int year, @Nullable LocalDate submittedOn,
			@Nullable String satisfaction, List<Cosigner> cosigners, List<Unit> handlingUnits,
			List<Response> responses, List<History> history, List<Record> records, List<Document> documents,
			List<String> actions, String draftedBy, OffsetDateTime draftedAt, OffsetDateTime updatedAt,
			int version) {

		static Detail of(ProposalView view, ZoneId zone) {
			Proposal p = view.proposal();
			return new Detail(p.id(), p.kind().name(), p.status().name(), p.title(), p.content(),
					p.leadRepresentativeId(), view.leadName(), p.onPaper(), p.cycle(), p.submittedOn().orElse(null),
					p.satisfaction().map(Enum::name).orElse(null),
					p.cosigners().stream().map(c -> Cosigner.of(c, view.name(c.representativeId()), zone)).toList(),
					units(p), p.replies().stream().map(r -> Response.of(r, zone)).toList(),
					p.history().stream().map(h -> History.of(h, zone)).toList(),
					view.records().stream().map(Record::of).toList(),
					view.documents().stream().map(d -> Document.of(d, zone)).toList(),
					view.actions().stream().map(Enum::name).sorted().toList(), p.draftedBy(),
					time(p.draftedAt(), zone), time(p.updatedAt(), zone), p.version());
		}
	}

	/** A proposal in a list: where it stands, without its text, history and records. */
	record Item(long id, String kind, String status, String title, long leadRepresentativeId, String leadName,
			boolean onPaper, int year, @Nullable LocalDate submittedOn, int cosigners, int confirmedCosigners,
			List<Unit> handlingUnits, int responses, @Nullable String satisfaction) {

		static Item of(Proposal p, Map<Long, String> names) {
			return new Item(p.id(), p.kind().name(), p.status().name(), p.title(), p.leadRepresentativeId(),
					names.getOrDefault(p.leadRepresentativeId(), ""), p.onPaper(), p.cycle(),
					p.submittedOn().orElse(null), p.cosigners().size(), p.confirmedCosigners().size(), units(p),
					p.replies().size(), p.satisfaction().map(Enum::name).orElse(null));
		}
	}

	/** A co-signer, and when they confirmed ({@code onPaper}: the office marked the signature on paper). */
	record Cosigner(long representativeId, String name, boolean confirmed, @Nullable OffsetDateTime confirmedAt,
			boolean onPaper) {

		static Cosigner of(ProposalCosigner c, String name, ZoneId zone) {
			return new Cosigner(c.representativeId(), name, c.confirmed(),
					c.confirmedAt() == null ? null : time(c.confirmedAt(), zone), c.onPaper());
		}
	}

	/** A handling unit: {@code role} LEAD (主办) or ASSISTING (协办). */
	record Unit(String name, String role) {
	}

	/** A unit's response as the office recorded it. */
	record Response(String handlingUnit, String content, String recordedBy, OffsetDateTime recordedAt) {

		static Response of(ProposalReply r, ZoneId zone) {
			return new Response(r.handlingUnit(), r.content(), r.recordedBy(), time(r.recordedAt(), zone));
		}
	}

	/** A step: DRAFTED, COSIGNED, SUBMITTED, ASSIGNED, REPLIED, EVALUATED or WITHDRAWN, and the state it left. */
	record History(String step, String status, String by, OffsetDateTime at, @Nullable String note) {

		static History of(ProposalHistory h, ZoneId zone) {
			return new History(h.step().name(), h.status().name(), h.byUsername(), time(h.at(), zone), h.note());
		}
	}

	/** A points record the proposal created, as it stands now. */
	record Record(long id, long representativeId, String representativeName, int itemCode, LocalDate occurredOn,
			String title, String status, int points) {

		static Record of(ActivityView v) {
			var r = v.record();
			return new Record(r.id(), r.representativeId(), v.representativeName(), r.itemCode(), r.occurredOn(),
					r.title(), r.status().name(), v.points());
		}
	}

	/** A document of a paper proposal; download it at {@code /api/v1/proposals/{id}/documents/{documentId}}. */
	record Document(long id, String filename, String contentType, long size, String uploadedBy,
			OffsetDateTime uploadedAt) {

		static Document of(ProposalDocument d, ZoneId zone) {
			return new Document(d.id(), d.filename(), d.contentType(), d.size(), d.uploadedBy(),
					time(d.uploadedAt(), zone));
		}
	}

	private static List<Unit> units(Proposal p) {
		return p.units().stream().map(u -> new Unit(u.name(), u.role().name())).toList();
	}

	static OffsetDateTime time(Instant at, ZoneId zone) {
		return at.atZone(zone).toOffsetDateTime();
	}
}
