package cn.lvzhi.activities;

/**
 * Where a record came from when casework created it ({@link SourcedRecords}): an appeal
 * ({@value #APPEAL}) or a proposal ({@value #PROPOSAL}) and its id; shown on the record as
 * {@code source: {type, id}}.
 */
public record RecordSource(String type, long id) {

	public static final String APPEAL = "APPEAL";

	public static final String PROPOSAL = "PROPOSAL";

	public static RecordSource appeal(long id) {
		return new RecordSource(APPEAL, id);
	}

	public static RecordSource proposal(long id) {
		return new RecordSource(PROPOSAL, id);
	}
}
