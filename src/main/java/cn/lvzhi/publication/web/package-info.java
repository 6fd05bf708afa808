/**
 * The HTTP API of the quarterly lists and cycles (API.md "Quarterly publications"), the public
 * lists (no sign-in), the pages, and the Excel and PDF exports; thin: the rules live in
 * {@link cn.lvzhi.publication.Publications}, {@link cn.lvzhi.publication.PublicationQueries} and
 * {@link cn.lvzhi.publication.Cycles}.
 */
package cn.lvzhi.publication.web;
