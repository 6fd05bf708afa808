/**
 * Evidence files (佐证材料) of activity records: photos, PDFs and Office documents checked by
 * their content, stored in the database or a shared folder, served only to those who may see the
 * record, every upload and download audited. Internal to the activities module: reached through
 * {@code EvidenceFiles}, by the HTTP API ({@code EvidenceApi}) and the record pages of
 * {@code activities.web}.
 */
package cn.lvzhi.activities.evidence;
