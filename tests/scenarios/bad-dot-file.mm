# The output cannot be created: one error line, nothing half-written.
boot mem=16M
dot layout > /nonexistent/dir/layout.dot
