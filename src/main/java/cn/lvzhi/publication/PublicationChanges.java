package cn.lvzhi.publication;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What changed in a list since the published list of the previous quarter of the same year:
 * each row's new points (its quarter points) and move in the overall rank, and who gained
 * nothing this quarter. For a first quarter there is no previous list: every row is new.
 */
public record PublicationChanges(@Nullable Long previousId, int newPoints, List<RowChange> rows,
		List<PublicationRow> gainedNothing) {

	/**
	 * A row with its overall rank in the previous list ({@code null}: not in it) and how many
	 * places it moved up (negative: down; {@code null}: not in the previous list).
	 */
	public record RowChange(PublicationRow row, @Nullable Integer previousRank, @Nullable Integer rankMove) {
	}
}
