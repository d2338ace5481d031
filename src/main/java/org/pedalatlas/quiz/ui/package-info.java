/**
 * The quiz screens, and the answer inputs that live workshops reuse so a question looks and works the same in
 * self-study and on a participant's phone.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.pedalatlas.quiz.ui;
