"""The report: one `Report` tree built from a workshop file, rendered to PDF, Markdown,
HTML and CSV. Never imports Qt; imports reportlab only when a PDF is rendered.

Start with `workshop_app.report.exporter.export_report`.
"""
