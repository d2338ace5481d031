/**
 * The answer inputs of every question type, shared by the quiz and the workshop phones, and the hook through which
 * the figures feature supplies the input of hotspot questions.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.pedalatlas.bank.ui;
