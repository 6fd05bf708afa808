/** The HTTP API of activity records (API.md "Activity records"); thin: the rules live in {@code Activities}. */
package cn.lvzhi.activities.web;
