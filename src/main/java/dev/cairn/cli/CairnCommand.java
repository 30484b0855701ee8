package dev.cairn.cli;
public class CairnCommand { public static void main(String[] a) {} }
