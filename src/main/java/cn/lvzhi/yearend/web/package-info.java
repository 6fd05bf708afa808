/**
 * The HTTP API of the year-end evaluation ({@code /api/v1/year-end/…}), its pages (the overview,
 * a representative's year with the evaluation group's form, a representative's own year), the
 * overview's Excel workbook and the annual statement PDF; thin: the rules live in
 * {@link cn.lvzhi.yearend.YearEndEvaluations} (saving), {@link cn.lvzhi.yearend.YearEndSheets} and
 * {@link cn.lvzhi.yearend.YearEndOverviews} (reading) and {@link cn.lvzhi.yearend.Assessment}.
 */
package cn.lvzhi.yearend.web;
