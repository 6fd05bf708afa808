/** The appeals' API and pages: 诉求登记, the list, the appeal page, the constituent's rating page. */
package cn.lvzhi.casework.web;
