/** The casework module's HTTP API and pages. */
package cn.lvzhi.casework.web;
