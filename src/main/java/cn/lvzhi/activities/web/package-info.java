/**
 * The HTTP API of activity records (API.md "Activity records") with their evidence files, and
 * their pages (report form, record page, queues, collective form); thin: the rules live in
 * {@code Activities}, {@code ActivityPolicy} and {@code EvidenceFiles}.
 */
package cn.lvzhi.activities.web;
