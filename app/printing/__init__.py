"""Printed output (PDF with reportlab): fonts and shared helpers for documents and the handbook."""
