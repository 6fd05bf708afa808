package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.CaseworkItem;
import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * The points records of a submitted proposal (DOMAIN.md 11), created through
 * {@link SourcedRecords} in the submission's transaction and linked back to the proposal: the
 * lead's (item 7 for a suggestion, 8 for a motion) and one of item 9 for each co-signer who
 * confirmed, dated the submission day, titled with the item's words and the proposal's title (no
 * personal data). A representative the records may not have (not serving that day) fails the
 * whole submission with a 422 naming them: {@code leadRepresentativeId} or {@code cosignerIds[i]}.
 */
@Component
class ProposalSubmission {

	/** The record titles are data, written once in the district's language (the base bundle). */
	private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final SourcedRecords records;

	private final MessageSource messages;

	ProposalSubmission(SourcedRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	/** Creates the records of the submitted {@code proposal}; answers how many. */
	int createRecords(CurrentUser user, Proposal proposal) {
		LocalDate day = proposal.submittedOn().orElseThrow();
		RecordSource source = RecordSource.proposal(proposal.id());
		record(user, proposal.leadRepresentativeId(), proposal.kind().item(), day, proposal.title(), source,
				"leadRepresentativeId");
		int created = 1;
		List<ProposalCosigner> cosigners = proposal.cosigners();
		for (int i = 0; i < cosigners.size(); i++) {
			ProposalCosigner cosigner = cosigners.get(i);
			if (cosigner.confirmed()) {
				record(user, cosigner.representativeId(), CaseworkItem.COSIGNATURE, day, proposal.title(), source,
						"cosignerIds[" + i + "]");
				created++;
			}
		}
		return created;
	}

	private void record(CurrentUser user, long representativeId, CaseworkItem item, LocalDate day, String title,
			RecordSource source, String field) {
		String recordTitle = messages.getMessage("casework.proposal.record-title." + item.name(),
				new Object[] { title }, RECORD_LANGUAGE);
		var details = new ActivityDetails(item.code(), day, recordTitle, null, null, null, null);
		try {
			records.record(user, representativeId, details, source);
		}
		catch (Problem.Invalid invalid) {
			throw Problem.Invalid.fields(invalid.fields()
				.stream()
				.map(v -> v.field().equals("representativeId")
						? new FieldViolation(field, v.messageKey(), v.args()) : v)
				.toList());
		}
	}
}
