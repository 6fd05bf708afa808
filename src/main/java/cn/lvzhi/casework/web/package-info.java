/**
 * The HTTP API and pages of casework; thin: the rules live in the module's services and policies.
 */
package cn.lvzhi.casework.web;
