/**
 * Text for people: the one number and date formatter and the message bundle that every stage
 * writing user-facing words shares. Depends on nothing but the JDK.
 */
package dev.cairn.text;
