/**
 * The HTTP API of the ledger and the standings (API.md "Points") and their pages (my points,
 * standings, adjustments); thin: the rules live in the services.
 */
package cn.lvzhi.ledger.web;
