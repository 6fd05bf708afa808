package cn.lvzhi.activities;

/**
 * Whether a district's cycle (a calendar year) has been closed after its fourth-quarter list was
 * published (DOMAIN.md 8). A port that the publication module implements, so that activities
 * can refuse to verify or revoke a record of a closed cycle without depending on it.
 */
public interface ClosedCycles {

	boolean isClosed(long districtId, int cycle);
}
