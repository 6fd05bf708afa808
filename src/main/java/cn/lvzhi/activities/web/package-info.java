/**
 * The HTTP API of activity records (API.md "Activity records") and their pages (report form,
 * record page, queues, collective form); thin: the rules live in {@code Activities}.
 */
package cn.lvzhi.activities.web;
