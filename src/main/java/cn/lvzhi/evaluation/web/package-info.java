/**
 * The HTTP API of reviews and complaints (API.md "Reviews and complaints") and their pages: the
 * evaluation group's inbox and decision pages, a representative's review request and 我的复核, and
 * the public feedback form with its receipt lookup; thin: the rules live in the services.
 */
package cn.lvzhi.evaluation.web;
