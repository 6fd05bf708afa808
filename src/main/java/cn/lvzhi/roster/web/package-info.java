/** The roster's HTTP API ({@code /api/v1/workstations}, {@code /api/v1/representatives}) and pages ({@code /roster/**}). */
package cn.lvzhi.roster.web;
